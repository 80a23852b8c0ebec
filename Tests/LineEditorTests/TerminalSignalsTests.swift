#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import LineEditor

@Suite(.serialized) struct TerminalSignalsTests {
    @Test func aSignalIgnoredAtStartStaysIgnoredAndTheOthersAreHandled() {
        // As under `nohup caseql`: a hang-up must not end the shell.
        SignalAction.set(SIGHUP, SIG_IGN, restart: false)
        SignalAction.set(SIGTERM, nil, restart: false)
        TerminalSignals.install()
        #expect(SignalAction.isIgnored(SIGHUP))
        #expect(Self.handler(of: SIGTERM) != nil)
        #expect(Self.handler(of: SIGWINCH) != nil)
        for signal in [SIGHUP, SIGTERM, SIGQUIT, SIGTSTP, SIGWINCH] { SignalAction.set(signal, nil, restart: false) }
    }

    private static func handler(of signal: Int32) -> SignalAction.Handler? {
        var current = sigaction()
        sigaction(signal, nil, &current)
        #if canImport(Glibc)
        return current.__sigaction_handler.sa_handler
        #else
        return current.__sigaction_u.__sa_handler
        #endif
    }
}
