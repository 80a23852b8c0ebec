/// Why an analysis cannot run: a message for people and, for an expression, where in its text.
public struct AnalysisError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    /// The UTF-8 byte range of the offending text in an expression, when there is one.
    public var range: Range<Int>?

    public init(_ message: String, at range: Range<Int>? = nil) {
        self.message = message
        self.range = range
    }

    public var description: String { message }
}

/// Set-membership data for QCA: N cases × K conditions and one outcome, each membership in [0, 1]
/// (crisp sets are the special case 0/1). Conditions keep the order they were given in: QCA prints
/// every expression in that order.
public struct MembershipData: Sendable {
    /// QCA's own ceiling is 25 conditions (`truthTable`); 20 keeps the 2^K truth table in memory.
    public static let maximumConditions = 20

    public let caseNames: [String]
    public let conditions: [String]
    /// `memberships[c][i]`: the membership of case `i` in condition `c`.
    public let memberships: [[Double]]
    public let outcomeName: String
    public let outcome: [Double]

    public init(caseNames: [String], conditions: [String], memberships: [[Double]], outcomeName: String,
                outcome: [Double]) throws(AnalysisError) {
        guard !conditions.isEmpty else { throw AnalysisError("a QCA analysis needs at least one condition") }
        guard conditions.count <= Self.maximumConditions else {
            throw AnalysisError("\(conditions.count) conditions are too many: QCA here takes at most "
                + "\(Self.maximumConditions) (2^\(conditions.count) configurations)")
        }
        var seen: Set<String> = []
        for name in conditions {
            guard seen.insert(name).inserted else { throw AnalysisError("condition '\(name)' is given twice") }
        }
        guard !seen.contains(outcomeName) else {
            throw AnalysisError("'\(outcomeName)' cannot be both the outcome and a condition")
        }
        guard memberships.count == conditions.count else {
            throw AnalysisError("\(conditions.count) conditions but \(memberships.count) membership columns")
        }
        guard !caseNames.isEmpty else { throw AnalysisError("there are no cases to analyse") }
        let n = caseNames.count
        for (c, column) in memberships.enumerated() {
            guard column.count == n else {
                throw AnalysisError("condition '\(conditions[c])' has \(column.count) memberships for \(n) cases")
            }
            try Self.check(column, conditions[c], caseNames)
        }
        guard outcome.count == n else {
            throw AnalysisError("the outcome '\(outcomeName)' has \(outcome.count) memberships for \(n) cases")
        }
        try Self.check(outcome, outcomeName, caseNames)
        self.caseNames = caseNames
        self.conditions = conditions
        self.memberships = memberships
        self.outcomeName = outcomeName
        self.outcome = outcome
    }

    private init(unchecked data: MembershipData, outcomeName: String, outcome: [Double]) {
        caseNames = data.caseNames
        conditions = data.conditions
        memberships = data.memberships
        self.outcomeName = outcomeName
        self.outcome = outcome
    }

    private static func check(_ column: [Double], _ name: String, _ cases: [String]) throws(AnalysisError) {
        for (i, value) in column.enumerated() where !(value >= 0 && value <= 1) {
            throw AnalysisError("case '\(cases[i])' has a membership of \(value) in '\(name)': memberships are in [0, 1]")
        }
    }

    /// The same data explaining the absence of the outcome (QCA's `~Y`): memberships 1 − Y.
    public func negatingOutcome() -> MembershipData {
        let name = outcomeName.hasPrefix("~") ? String(outcomeName.dropFirst()) : "~" + outcomeName
        return MembershipData(unchecked: self, outcomeName: name, outcome: outcome.map { 1 - $0 })
    }

    /// The same conditions and cases with another outcome.
    public func with(outcomeName: String, outcome: [Double]) throws(AnalysisError) -> MembershipData {
        try MembershipData(caseNames: caseNames, conditions: conditions, memberships: memberships,
                           outcomeName: outcomeName, outcome: outcome)
    }

    var caseCount: Int { caseNames.count }

    /// The index of condition `name`, if it is one.
    public func conditionIndex(_ name: String) -> Int? { conditions.firstIndex(of: name) }
}
