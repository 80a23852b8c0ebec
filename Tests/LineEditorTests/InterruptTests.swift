#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
import LineEditor

@Suite struct InterruptTests {
    @Test func ctrlCSetsTheFlagInsteadOfEndingTheProcess() {
        Interrupt.install()
        #expect(!Interrupt.wasRequested)
        // To the process, not this thread: the test runner's threads may block signals, and
        // another thread runs the handler then.
        kill(getpid(), SIGINT)
        var waited = 0
        while !Interrupt.wasRequested && waited < 200 {
            usleep(5_000)
            waited += 1
        }
        #expect(Interrupt.wasRequested)
        Interrupt.reset()
        #expect(!Interrupt.wasRequested)
    }
}
