import CaseModel
extension GeneratedStudy {
    /// The study in its queryable form, built straight from the draws (as loading its CSV would
    /// build it, without the text in between). `study.cases` is filled up to
    /// `CSVStudy.caseListLimit` cases, as for a loaded matrix.
    public func loadedStudy() -> LoadedStudy {
        var names: [String] = []
        names.reserveCapacity(caseCount)
        var direct = [Bitset](repeating: Bitset(count: caseCount), count: flat.nodes.count)
        var collectors = plans.map { ColumnCollector(plan: $0, count: caseCount) }
        var stream = CaseStream(self)
        while stream.advance() {
            let kase = stream.current
            names.append(name(kase.index))
            for a in collectors.indices { collectors[a].add(kase.choices[a]) }
            for (l, coded) in kase.coded.enumerated() where coded { direct[leaves[l]].insert(kase.index) }
        }
        let columns = collectors.enumerated().map { $1.column(attributes[$0]) }
        let index = CaseIndex(count: caseCount, names: names, taxonomy: flat, attributes: attributes,
                              columns: columns, directSets: direct)
        var loaded = LoadedStudy(study: Study(title: title, source: source, caseNoun: caseNoun,
                                              attributes: attributes, taxonomy: taxonomy),
                                 index: index)
        if caseCount <= CSVStudy.caseListLimit { loaded.study.cases = loaded.makeCases() }
        return loaded
    }
}

/// Builds one attribute column from plan choices, dictionary codes in order of first appearance
/// (as the CSV loader assigns them).
private struct ColumnCollector {
    let plan: AttributePlan
    var numbers: [Double] = []
    var codes: [Int32] = []
    /// Plan choice → dictionary code, -1 until first seen.
    var codeOfChoice: [Int32]
    var choiceOfCode: [Int] = []

    init(plan: AttributePlan, count: Int) {
        self.plan = plan
        self.codeOfChoice = Array(repeating: -1, count: plan.valueCount)
        if case .year = plan.values { numbers.reserveCapacity(count) } else { codes.reserveCapacity(count) }
    }

    mutating func add(_ choice: Int) {
        switch plan.values {
        case .year:
            numbers.append(choice < 0 ? .nan : Double(choice))
        case .enumeration:
            codes.append(Int32(choice))
        case .bands, .text:
            guard choice >= 0 else { codes.append(-1); return }
            if codeOfChoice[choice] < 0 {
                codeOfChoice[choice] = Int32(choiceOfCode.count)
                choiceOfCode.append(choice)
            }
            codes.append(codeOfChoice[choice])
        }
    }

    func column(_ attribute: AttributeDefinition) -> AttributeColumn {
        switch plan.values {
        case .year:
            return .number(numbers)
        case .enumeration:
            return .enumeration(codes: codes)
        case .bands(let bands):
            return .range(low: BandEnds(codes: codes, ends: choiceOfCode.map { bands[$0].low }),
                          high: BandEnds(codes: codes, ends: choiceOfCode.map { bands[$0].high }),
                          codes: codes, dictionary: choiceOfCode.map { bands[$0].text })
        case .text(let vocabulary):
            return .text(codes: codes, dictionary: choiceOfCode.map { .plain(vocabulary[$0]) })
        }
    }
}
