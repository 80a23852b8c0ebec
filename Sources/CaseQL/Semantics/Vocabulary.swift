import CaseModel
import Synchronization

/// Every name a query may use for the loaded study, normalised for lookup: dimensions, categories,
/// attributes, enumeration values and cases, by id, label (English and Chinese) and alias.
public struct Vocabulary: Sendable {
    /// Lookup keys ignore case, spaces, `_` and `-`, so `strategic equity`, `Strategic_Equity` and
    /// `AXEL SPACE` find `strategic_equity` and `AXELSPACE`.
    public static func key(_ s: String) -> String {
        // ASCII names (most ids, English labels) are keyed byte by byte: the study's ~600 names
        // are keyed at every start, and the general path below was a tenth of a `caseql -c`.
        if s.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(s.utf8.count)
            for b in s.utf8 where b != UInt8(ascii: " ") && b != UInt8(ascii: "_") && b != UInt8(ascii: "-") {
                bytes.append(b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") ? b | 0x20 : b)
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return unicodeKey(s)
    }

    /// The key of any name: lower case, without spaces, `_`, `-`, ideographic spaces and `·`.
    static func unicodeKey(_ s: String) -> String {
        String(String.UnicodeScalarView(s.lowercased().unicodeScalars.filter {
            !($0 == " " || $0 == "_" || $0 == "-" || $0 == "\u{3000}" || $0 == "·")
        }))
    }

    public let index: CaseIndex
    public let caseNoun: String
    let dimensions: [String: Set<Int>]
    let categories: [String: Set<Int>]
    let attributes: [String: Int]
    let values: [[String: Int32]]
    let caseNameIndex: CaseNameIndex
    /// Spellings the source uses besides the canonical names (few, so a dictionary).
    let caseAliases: [String: Set<Int>]

    /// The implicit attribute every study has: the case's name.
    public static let nameAttribute = "name"

    public init(study: Study, index: CaseIndex) {
        self.index = index
        self.caseNoun = study.caseNoun
        var dims: [String: Set<Int>] = [:]
        for (i, d) in index.taxonomy.dimensions.enumerated() {
            for n in [d.id, d.labels.en, d.labels.zh] + d.aliases where !n.isEmpty {
                dims[Vocabulary.key(n), default: []].insert(i)
            }
        }
        var cats: [String: Set<Int>] = [:]
        for (i, node) in index.taxonomy.nodes.enumerated() {
            let c = node.category
            let dimensionID = index.taxonomy.dimensions[node.dimension].id
            for n in [c.id, c.labels.en, c.labels.zh, "\(dimensionID).\(c.id)"] + c.aliases where !n.isEmpty {
                cats[Vocabulary.key(n), default: []].insert(i)
            }
        }
        var attrs: [String: Int] = [:]
        var values: [[String: Int32]] = []
        for (i, a) in index.attributes.enumerated() {
            for n in [a.id, a.labels.en, a.labels.zh] + a.aliases where !n.isEmpty {
                attrs[Vocabulary.key(n)] = attrs[Vocabulary.key(n)] ?? i
            }
            var table: [String: Int32] = [:]
            for (v, value) in a.values.enumerated() {
                for n in [value.id, value.labels.en, value.labels.zh] + value.aliases where !n.isEmpty {
                    table[Vocabulary.key(n)] = table[Vocabulary.key(n)] ?? Int32(v)
                }
            }
            values.append(table)
        }
        var aliases: [String: Set<Int>] = [:]
        for (i, kase) in study.cases.enumerated() where i < index.count {
            for alias in kase.aliases { aliases[Vocabulary.key(alias), default: []].insert(i) }
        }
        self.dimensions = dims
        self.categories = cats
        self.attributes = attrs
        self.values = values
        self.caseNameIndex = CaseNameIndex(index.names)
        self.caseAliases = aliases
    }

    public func dimension(named name: String) -> Set<Int> { dimensions[Vocabulary.key(name)] ?? [] }
    public func category(named name: String) -> Set<Int> { categories[Vocabulary.key(name)] ?? [] }
    public func attribute(named name: String) -> Int? { attributes[Vocabulary.key(name)] }
    public func value(named name: String, ofAttribute a: Int) -> Int32? { values[a][Vocabulary.key(name)] }
    public func cases(named name: String) -> Set<Int> {
        let key = Vocabulary.key(name)
        return caseNameIndex.cases(withKey: key).union(caseAliases[key] ?? [])
    }

    public func isCaseNoun(_ word: String) -> Bool {
        let k = Vocabulary.key(word)
        return k == Vocabulary.key(caseNoun) || k == "cases" || k == "case"
            || (caseNoun.hasSuffix("s") && k == Vocabulary.key(String(caseNoun.dropLast())))
    }

    // Names offered by completion and "did you mean", as people write them.

    public var dimensionNames: [String] {
        index.taxonomy.dimensions.flatMap { [$0.id, $0.labels.zh] + $0.aliases }.filter { !$0.isEmpty }
    }

    public func categoryNames(inDimension d: Int? = nil) -> [String] {
        index.taxonomy.nodes.filter { d == nil || $0.dimension == d }
            .flatMap { [$0.category.id, $0.category.labels.zh] + $0.category.aliases }.filter { !$0.isEmpty }
    }

    public var attributeNames: [String] {
        [Vocabulary.nameAttribute] + index.attributes.flatMap { [$0.id, $0.labels.zh] + $0.aliases }.filter { !$0.isEmpty }
    }

    public func valueNames(ofAttribute a: Int) -> [String] {
        index.attributes[a].values.flatMap { [$0.id, $0.labels.en, $0.labels.zh] + $0.aliases }.filter { !$0.isEmpty }
    }

    public var caseNames: [String] { index.names }
}

/// Case names by lookup key, for studies of any size: an open-addressed table of case numbers
/// (4 bytes a slot, at most three quarters full) probed by a 64-bit hash of the key, the name itself
/// confirming a match. Built on the first lookup, not with the vocabulary: most queries never
/// name a case, and at ten million cases the earlier sorted hashes beside case numbers held
/// 120 MB and took some 280 MB while being sorted, the largest part of a load's peak.
final class CaseNameIndex: Sendable {
    private let names: [String]
    private let table = Mutex<[Int32]?>(nil)

    init(_ names: [String]) {
        self.names = names
    }

    /// The cases whose name has this key.
    func cases(withKey key: String) -> Set<Int> {
        let h = CaseNameIndex.hash(key.utf8)
        return table.withLock { table in
            if table == nil { table = CaseNameIndex.build(names) }
            var found = Set<Int>()
            table!.withUnsafeBufferPointer { slots in
                let mask = slots.count - 1
                var slot = CaseNameIndex.slot(of: h, in: slots.count)
                while slots[slot] >= 0 {
                    let c = Int(slots[slot])
                    if CaseNameIndex.hash(ofName: names[c]) == h, Vocabulary.key(names[c]) == key { found.insert(c) }
                    slot = (slot + 1) & mask
                }
            }
            return found
        }
    }

    /// Linear probing over a power-of-two table at most three quarters full (a miss ends after a
    /// few probes); -1 marks a free slot. Inserting ten million names in case order
    /// missed the cache (and the TLB) on every one, two seconds of a `describe`: a block of cases
    /// is first ordered by the top bits of its home slots (a counting sort), so the inserts of a
    /// block sweep the table in order, each run of them within a few pages.
    private static func build(_ names: [String]) -> [Int32] {
        var size = 2
        while size * 3 < names.count * 4 { size <<= 1 }
        var slots = [Int32](repeating: -1, count: size)
        let bucketBits = min(12, size.trailingZeroBitCount)
        let bucketShift = size.trailingZeroBitCount - bucketBits
        let block = 1 << 20
        var homes = [Int](repeating: 0, count: min(block, names.count))
        var ordered = [Int32](repeating: 0, count: min(block, names.count))
        var starts = [Int](repeating: 0, count: (1 << bucketBits) + 1)
        slots.withUnsafeMutableBufferPointer { slots in
            let mask = size - 1
            var first = 0
            while first < names.count {
                let end = min(first + block, names.count)
                for b in starts.indices { starts[b] = 0 }
                for c in first..<end {
                    let home = slot(of: hash(ofName: names[c]), in: size)
                    homes[c - first] = home
                    starts[(home >> bucketShift) + 1] += 1
                }
                for b in 1..<starts.count { starts[b] += starts[b - 1] }
                for c in first..<end {
                    let b = homes[c - first] >> bucketShift
                    ordered[starts[b]] = Int32(c)
                    starts[b] += 1
                }
                for c in ordered[0..<(end - first)] {
                    var slot = homes[Int(c) - first]
                    while slots[slot] >= 0 { slot = (slot + 1) & mask }
                    slots[slot] = c
                }
                first = end
            }
        }
        return slots
    }

    /// The home slot of a hash in a table of `size` (a power of two) slots: the top bits of a
    /// Fibonacci multiple, since FNV-1a's low bits barely differ between names such as
    /// `Case 0000001` and `Case 0000002`.
    private static func slot(of hash: UInt64, in size: Int) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - size.trailingZeroBitCount))
    }

    /// FNV-1a over the bytes of the name's lookup key: for ASCII the key is the name lower-cased
    /// without ' ', '_' and '-', computed here byte by byte; other names go through `Vocabulary.key`.
    static func hash(ofName name: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var ascii = true
        for byte in name.utf8 {
            if byte >= 0x80 { ascii = false; break }
            if byte == 0x20 || byte == 0x5F || byte == 0x2D { continue }
            let lower = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
            h = (h ^ UInt64(lower)) &* 0x100_0000_01b3
        }
        return ascii ? h : hash(Vocabulary.key(name).utf8)
    }

    static func hash(_ bytes: String.UTF8View) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return h
    }
}
