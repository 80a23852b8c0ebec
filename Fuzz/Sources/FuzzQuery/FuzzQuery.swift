import CaseModel
import CaseQL

// Arbitrary bytes as statements against the built-in study: the lexer, the parser, the resolver,
// the evaluator and the teaching statements must answer with a result or a Diagnostic, never trap.

/// Built once: every input runs against the same study, as a shell session would.
let interpreters = [
    Interpreter(study: BuiltinStudy.load(), language: .en),
    Interpreter(study: BuiltinStudy.load(), language: .zh),
]

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
