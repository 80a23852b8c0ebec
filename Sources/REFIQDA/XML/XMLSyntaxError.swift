/// XML that is not well formed: where (a byte offset, turned into line:column by the caller, who
/// has the bytes), the path of open elements, and what is wrong.
struct XMLSyntaxError: Error, Sendable {
    var offset: Int
    var path: String
    var message: String
}
