import Dispatch
import Synchronization

/// `body` applied to each item, the items spread over the cores; results in item order. The
/// loaders' one way to use both cores (CSV pieces, JSON case batches).
func inParallel<T: Sendable, R: Sendable>(_ items: [T], _ body: @Sendable (T) -> R) -> [R] {
    if items.count == 1 { return [body(items[0])] }
    let results = Mutex<[R?]>(Array(repeating: nil, count: items.count))
    DispatchQueue.concurrentPerform(iterations: items.count) { i in
        let result = body(items[i])
        results.withLock { $0[i] = result }
    }
    return results.withLock { $0.compactMap { $0 } }
}
