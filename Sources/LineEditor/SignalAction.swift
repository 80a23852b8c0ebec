#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `sigaction` without the platform differences in its handler field.
enum SignalAction {
    typealias Handler = @convention(c) (Int32) -> Void

    /// Installs `handler` for `signal`, or the default action when it is nil. Without `restart`,
    /// a blocking read the signal interrupts returns EINTR; with it, the read goes on.
    static func set(_ signal: Int32, _ handler: Handler?, restart: Bool) {
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = handler
        #else
        action.__sigaction_u.__sa_handler = handler
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = restart ? SA_RESTART : 0
        sigaction(signal, &action, nil)
    }

    /// Whether `signal` is ignored (SIG_IGN), as `nohup` leaves SIGHUP.
    static func isIgnored(_ signal: Int32) -> Bool {
        var current = sigaction()
        sigaction(signal, nil, &current)
        #if canImport(Glibc)
        let handler = current.__sigaction_handler.sa_handler
        #else
        let handler = current.__sigaction_u.__sa_handler
        #endif
        return unsafeBitCast(handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
    }
}
