import CaseAnalysis
import CaseModel
import QueryResult
import Synchronization

/// `calibrate ATTR as NAME thresholds (E, C, I)` (Ragin's direct method: exclusion, crossover,
/// inclusion; decreasing when E > I) and `calibrate ATTR as NAME threshold T` (crisp): R's QCA
/// `calibrate()`. The new set is category NAME of the session's `calibrated` dimension, usable in
/// every statement after it and listed by `show categories calibrated`.
public struct CalibrateStatement: StatementNode {
    public var attribute: Name
    public var name: Name
    /// Three anchors (fuzzy) or one threshold (crisp).
    public var thresholds: [Double]
    public var thresholdsRange: SourceRange

    public init(attribute: Name, name: Name, thresholds: [Double], thresholdsRange: SourceRange) {
        self.attribute = attribute
        self.name = name
        self.thresholds = thresholds
        self.thresholdsRange = thresholdsRange
    }

    public static let definition = StatementDefinition(
        keywords: [.calibrate],
        grammar: """
            calibrate = "calibrate" , name , "as" , name , ( "thresholds" , "(" , number , "," , number , "," , number , ")" | "threshold" , number ) ;
            """,
        parse: { p throws(Diagnostic) in
            _ = p.advance()
            let attribute = try p.parseName(what: "a numeric attribute")
            guard p.acceptWord("as") != nil else { throw p.unexpected(expected: ["'as'"], context: "after the attribute") }
            let name = try p.parseName(what: "the name of the new set")
            let start = p.current.range
            if p.acceptWord("thresholds") != nil {
                _ = try p.expect(.lparen, "'('", context: "to open the anchors (exclusion, crossover, inclusion)")
                var anchors: [Double] = []
                repeat { anchors.append(try p.parseAnchor()) } while p.accept(.comma) != nil
                let close = try p.expect(.rparen, "')'", context: "to close the anchors")
                guard anchors.count == 3 else {
                    throw Diagnostic("the direct method takes three anchors (exclusion, crossover, inclusion), found \(anchors.count)",
                                     at: start.to(close.range))
                }
                return CalibrateStatement(attribute: attribute, name: name, thresholds: anchors, thresholdsRange: start.to(close.range))
            }
            if p.acceptWord("threshold") != nil {
                let value = try p.parseAnchor()
                return CalibrateStatement(attribute: attribute, name: name, thresholds: [value],
                                          thresholdsRange: start.to(p.tokens[max(0, p.index - 1)].range))
            }
            throw p.unexpected(expected: ["'thresholds'", "'threshold'"], context: "after the name of the set")
        },
        help: { p in
            [HelpBook.Entry(topic: "calibrate", aliases: ["calibration", "direct method", "fuzzy set", "crisp set", "calibrated"],
                            syntax: ["calibrate ATTR as NAME thresholds (EXCLUSION, CROSSOVER, INCLUSION)",
                                     "calibrate ATTR as NAME threshold T"],
                            summary: Localized.text(.helpCalibrateSummary, p.language, p.noun, String(p.noun.dropLastS)),
                            examples: HelpBook.present([
                                // Anchors that fit any numbers (a crisp threshold must lie within the values).
                                p.numberAttribute.map { "calibrate \($0) as high_\($0) thresholds (0, 1, 2)" },
                            ]),
                            shellExamples: ["caseql -c 'calibrate founded as recent threshold 2010; count firms where recent'",
                                            "caseql -c 'calibrate founded as young thresholds (1990, 2008, 2014)'"])]
        },
        complete: { c in
            switch c.count {
            case 1: return .attributes(withDimensions: false, then: [])
            case 2: return .keywords(["as"])
            case 4: return .keywords(["thresholds", "threshold"])
            default: return .nothing
            }
        })

    public var printed: String {
        "calibrate " + Printer.print(attribute) + " as " + Printer.print(name)
            + (thresholds.count == 1 ? " threshold \(Cell.format(thresholds[0]))"
                                     : " thresholds (" + thresholds.map { Cell.format($0) }.joined(separator: ", ") + ")")
    }

    public func execute(in interpreter: Interpreter) throws(Diagnostic) -> StatementOutput {
        .table(try interpreter.calibrate(self))
    }
}

extension Keyword {
    static let calibrate = Keyword("calibrate")
}

extension Parser {
    mutating func parseAnchor() throws(Diagnostic) -> Double {
        let value = try parseValue()
        guard case .number(let d, _) = value.literal else {
            throw Diagnostic("expected a number, found \(value.text)", at: value.range)
        }
        return d
    }
}

/// The sets a session made, shared by the copies of its interpreter: after `calibrate`, the study
/// with the `calibrated` dimension and its vocabulary. A class, because `execute` does not mutate
/// the interpreter; the mutex makes it safe to share.
final class SessionSets: Sendable {
    struct State: Sendable {
        var generation: Int
        var loaded: LoadedStudy
        var vocabulary: Vocabulary
    }

    private let state: Mutex<State?>

    init() { state = Mutex(nil) }

    /// A session that starts where `other` is and goes its own way.
    init(copying other: SessionSets) { state = Mutex(other.state.withLock { $0 }) }

    /// The interpreter of the session's latest study, if it is newer than `generation`.
    func newer(than generation: Int, language: LocalizedText.Language) -> Interpreter? {
        guard let current = state.withLock({ $0 }), current.generation > generation else { return nil }
        return Interpreter(study: current.loaded.study, index: current.loaded.index, memberships: current.loaded.memberships,
                           vocabulary: current.vocabulary, language: language, session: self, generation: current.generation)
    }

    func publish(_ loaded: LoadedStudy, after generation: Int) {
        let vocabulary = Vocabulary(study: loaded.study, index: loaded.index)
        state.withLock { $0 = State(generation: generation + 1, loaded: loaded, vocabulary: vocabulary) }
    }
}

extension Interpreter {
    static let calibratedDimension = "calibrated"

    func calibrate(_ s: CalibrateStatement) throws(Diagnostic) -> ResultTable {
        guard case .attribute(let a) = try resolver.attribute(s.attribute) else {
            throw Diagnostic("'name' is not a number: calibrate a numeric attribute", at: s.attribute.range)
        }
        guard case .number(let values) = index.columns[a] else {
            throw Diagnostic("'\(index.attributes[a].id)' is not a numeric attribute: calibration needs numbers",
                             at: s.attribute.range)
        }
        if !vocabulary.category(named: s.name.text).isEmpty || !vocabulary.dimension(named: s.name.text).isEmpty
            || vocabulary.attribute(named: s.name.text) != nil {
            throw Diagnostic("'\(s.name.text)' is already a name in the study: choose another for the new set", at: s.name.range)
        }
        guard Lexer.isNameStart(s.name.text.unicodeScalars.first ?? "0"), !s.name.text.contains(" ") else {
            throw Diagnostic("the new set's name must be a bare name (letters, digits, _), usable in QCA expressions",
                             at: s.name.range)
        }
        let known = values.indices.filter { values[$0].isFinite }
        let degrees: [Double]
        do throws(AnalysisError) {
            let finite = known.map { values[$0] }
            let computed = s.thresholds.count == 3
                ? try Calibration.direct(finite, exclusion: s.thresholds[0], crossover: s.thresholds[1], inclusion: s.thresholds[2])
                : try Calibration.crisp(finite, thresholds: s.thresholds).map { Double($0) }
            var all = [Double](repeating: 0, count: index.count)
            for (j, c) in known.enumerated() { all[c] = computed[j] }
            degrees = all
        } catch {
            throw error.diagnostic(at: s.thresholdsRange)
        }
        let id = s.name.text
        var newTaxonomy = study.taxonomy
        let definition = "calibrated from \(index.attributes[a].id): " + (s.thresholds.count == 3
            ? "exclusion \(Cell.format(s.thresholds[0])), crossover \(Cell.format(s.thresholds[1])), inclusion \(Cell.format(s.thresholds[2]))"
            : "1 from \(Cell.format(s.thresholds[0]))")
        let category = Category(id: id, labels: LocalizedText(en: id, zh: id), definition: LocalizedText(en: definition, zh: definition),
                                definitionSource: .paraphrase)
        if let d = newTaxonomy.dimensions.indices.last, newTaxonomy.dimensions[d].id == Self.calibratedDimension {
            newTaxonomy.dimensions[d].categories.append(category)
        } else {
            newTaxonomy.dimensions.append(Dimension(id: Self.calibratedDimension,
                                                 labels: LocalizedText(en: "calibrated sets", zh: "校准集合"),
                                                 definition: LocalizedText(en: "sets made in this session by calibrate",
                                                                           zh: "本会话中用 calibrate 生成的集合"),
                                                 definitionSource: .paraphrase, categories: [category]))
        }
        let flat = FlatTaxonomy(newTaxonomy)
        // The calibrated dimension is the last, so the new node comes last and the others keep their indexes.
        guard flat.nodes.count == taxonomy.nodes.count + 1, flat.index(of: id) == flat.nodes.count - 1 else {
            throw Diagnostic("'\(id)' cannot be added to the calibrated dimension", at: s.name.range)
        }
        let members = Bitset(count: index.count, members: degrees.indices.filter { degrees[$0] > CaseIndex.crossover })
        let newIndex = CaseIndex(count: index.count, names: index.names, taxonomy: flat, attributes: index.attributes,
                                 columns: index.columns, directSets: index.directSets + [members])
        var newMemberships = memberships
        if degrees.contains(where: { $0 > 0 && $0 < 1 }) { newMemberships[flat.nodes.count - 1] = degrees.map { Float($0) } }
        var newStudy = study
        newStudy.taxonomy = newTaxonomy
        session.publish(LoadedStudy(study: newStudy, index: newIndex, memberships: newMemberships), after: generation)

        let rows: [[Cell]] = (0..<index.count).map { c in
            [.text(index.names[c]), values[c].isFinite ? .number(values[c]) : .empty, .number(Self.rounded3(degrees[c]))]
        }
        var notes = [ResultNote(.info, Localized.text(.qcaCalibratedNote, language, id, Self.calibratedDimension,
                                                      String(members.cardinality), study.caseNoun))]
        if known.count < index.count {
            notes.append(ResultNote(.warning, Localized.text(.qcaCalibratedMissing, language, String(index.count - known.count),
                                                             study.caseNoun, index.attributes[a].id)))
        }
        return ResultTable(title: "calibrate \(index.attributes[a].id) as \(id)",
                           columns: [Column(Vocabulary.nameAttribute), Column(index.attributes[a].id, isNumeric: true),
                                     Column(id, isNumeric: true)],
                           rows: rows, notes: notes)
    }
}
