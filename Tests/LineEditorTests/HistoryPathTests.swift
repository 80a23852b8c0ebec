import Testing
@testable import LineEditor

@Suite struct HistoryPathTests {
    private func path(_ environment: [String: String], existing: Set<String> = []) -> String? {
        HistoryStore.standardPath(environment: environment, fileExists: existing.contains)
    }

    @Test func anExistingDotFileWins() {
        let environment = ["HOME": "/home/ann", "XDG_STATE_HOME": "/state"]
        #expect(path(environment, existing: ["/home/ann/.caseql_history"]) == "/home/ann/.caseql_history")
    }

    @Test func otherwiseXDGStateHome() {
        #expect(path(["HOME": "/home/ann", "XDG_STATE_HOME": "/state/"]) == "/state/caseql/history")
    }

    @Test func unsetEmptyOrRelativeStateHomeMeansLocalState() {
        for stateHome in [nil, "", "relative/state"] {
            var environment = ["HOME": "/home/ann/"]
            environment["XDG_STATE_HOME"] = stateHome
            #expect(path(environment) == "/home/ann/.local/state/caseql/history")
        }
    }

    @Test func noHomeMeansNoHistoryFile() {
        #expect(path([:]) == nil)
        #expect(path(["HOME": ""]) == nil)
    }

    @Test func capacityComesFromCaseqlHistsize() {
        for (value, expected) in [(nil, 2000), ("50", 50), (" 7 ", 7), ("0", 0)] as [(String?, Int)] {
            var environment: [String: String] = [:]
            environment["CASEQL_HISTSIZE"] = value
            let (capacity, warning) = HistoryStore.capacity(environment: environment)
            #expect(capacity == expected)
            #expect(warning == nil)
        }
        for bad in ["-1", "lots", "", "9999999999999999999999"] {
            let (capacity, warning) = HistoryStore.capacity(environment: ["CASEQL_HISTSIZE": bad])
            #expect(capacity == 2000)
            #expect(warning?.contains("CASEQL_HISTSIZE") == true)
        }
    }
}
