import CaseModel
import CaseQL

// Arbitrary bytes as statements against the built-in study: the lexer, the parser, the resolver,
// the evaluator and the teaching statements must answer with a result or a Diagnostic, never trap.

/// Built once: every input runs against the same study, as a shell session would.
let interpreters = [
    Interpreter(study: BuiltinStudy.load(), language: .en),
    Interpreter(study: BuiltinStudy.load(), language: .zh),
]

/// Builds `interpreters` before the first input, outside LeakSanitizer's view. They live as long
/// as the process, but LeakSanitizer cannot follow the pointers Swift keeps in enum payloads (whose
/// spare bits hold the case), so it would report them as leaked, at the first input or at exit.
@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> Int32 {
    lsanDisable()
    _ = interpreters
    lsanEnable()
    return 0
}

// The targets are always built with AddressSanitizer, which provides these.
@_silgen_name("__lsan_disable") func lsanDisable()
@_silgen_name("__lsan_enable") func lsanEnable()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuery(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    // The shell refuses invalid UTF-8 before parsing; repairing it here still lets the fuzzer reach
    // the parser with every byte pattern, including NULs and control characters.
    let source = String(decoding: bytes, as: UTF8.self)
    let interpreter = interpreters[size % 2]
    _ = Parser.needsContinuation(source)
    guard let statements = try? Parser.parse(source) else { return 0 }
    // Run every statement, not just up to the first error, so later ones are exercised too.
    for parsed in statements {
        _ = try? interpreter.execute(parsed.statement)
    }
    return 0
}
