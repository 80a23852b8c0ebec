import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

/// The fast start of a plain command line. People run `caseql -c '…'` in loops from shell scripts
/// and Makefiles, and ArgumentParser builds its whole command tree by reflection before it reads
/// an argument: measured, that was over half of such a run's own time. A command line made only of
/// the run options below, each at most once (`-c` any number of times), and at most one FILE, is
/// read here into the same `RunOptions` RunCommand makes; anything else — help, a version, a
/// subcommand, `--name=value`, `--`, an unknown, repeated or valueless option, a usage error —
/// returns nil and goes through ArgumentParser, which explains it. A test checks that both readings
/// give the same result (FastStartTests).
enum FastStart {
    static func options(_ arguments: [String]) -> RunOptions? {
        var options = RunOptions()
        var seen: Set<String> = []
        var index = 0
        func value() -> String? {
            index += 1
            return index < arguments.count ? arguments[index] : nil
        }
        while index < arguments.count {
            let argument = arguments[index]
            if argument != "-c", argument != "--command" {
                guard seen.insert(argument).inserted else { return nil }
            }
            switch argument {
            case "-c", "--command":
                guard let statements = value() else { return nil }
                options.commands.append(statements)
            case "--format": guard let v = value() else { return nil }; options.format = v
            case "--lang": guard let v = value() else { return nil }; options.lang = v
            case "--data": guard let v = value() else { return nil }; options.study.data = v
            case "--taxonomy": guard let v = value() else { return nil }; options.study.taxonomy = v
            case "--delimiter": guard let v = value() else { return nil }; options.study.delimiter = v
            case "--bail": options.bail = true
            case "--no-rc": options.noRc = true
            default:
                // One FILE (or `-` for stdin), and not a word ArgumentParser reads as a subcommand.
                let isOption = argument.hasPrefix("-") && argument != "-"
                guard !isOption, options.file == nil, !subcommandWords.contains(argument) else { return nil }
                options.file = argument
            }
            index += 1
        }
        // An option's value that looks like an option (`--format --bail`) is ArgumentParser's to judge.
        guard options.problem == nil, ![options.format, options.lang, options.study.data, options.study.taxonomy,
                                         options.study.delimiter].contains(where: { $0?.hasPrefix("--") == true })
        else { return nil }
        return options
    }

    /// The words ArgumentParser treats as subcommands or requests at the root.
    static let subcommandWords: Set<String> = {
        var words: Set<String> = ["help"]
        for command in CaseQLCommand.configuration.subcommands {
            words.insert(command.configuration.commandName ?? "")
        }
        return words
    }()

    /// Runs `options` as RunCommand would, with ArgumentParser's exit statuses.
    static func run(_ options: RunOptions) -> Never {
        do {
            try options.run()
            exit(0)
        } catch let code as ExitCode {
            exit(code.rawValue)
        } catch {
            CaseQLCommand.exit(withError: error)
        }
    }
}
