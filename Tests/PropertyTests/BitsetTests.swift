import CaseModel
@testable import StudyIO
import PropertyBased
import Testing

/// `Bitset` agrees with `Set<Int>` on every operation the evaluator uses, at sizes around the
/// 64-bit word boundaries where tail bits could leak.
struct BitsetTests {
    static let sizes = Gen.element(of: [0, 1, 63, 64, 65, 127, 128, 129, 200]).map { $0 ?? 0 }

    @Test func operationsAgreeWithSetOfInt() async {
        await propertyCheck(count: 300, input: Self.sizes, Gen.uint64().array(of: 0...80), Gen.uint64().array(of: 0...80)) { count, a, b in
            // Map raw draws into range (an empty set when there is no room for members).
            let xs = count == 0 ? [] : a.map { Int($0 % UInt64(count)) }
            let ys = count == 0 ? [] : b.map { Int($0 % UInt64(count)) }
            let x = Bitset(count: count, members: xs), y = Bitset(count: count, members: ys)
            let sx = Set(xs), sy = Set(ys), universe = Set(0..<count)
            #expect(x.members == sx.sorted())
            #expect(x.cardinality == sx.count)
            #expect(x.isEmpty == sx.isEmpty)
            #expect(x.union(y).members == sx.union(sy).sorted())
            #expect(x.intersection(y).members == sx.intersection(sy).sorted())
            #expect(x.complement().members == universe.subtracting(sx).sorted())
            #expect(x.complement().complement() == x)
            #expect(Bitset.all(count).members == universe.sorted())
            #expect((0..<count).allSatisfy { x[$0] == sx.contains($0) })
            var removed = x
            for m in ys { removed.remove(m) }
            #expect(removed.members == sx.subtracting(sy).sorted())
            var visited: [Int] = []
            x.forEachMember { visited.append($0) }
            #expect(visited == sx.sorted())
        }
    }
}
