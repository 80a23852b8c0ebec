import CaseModel
import Foundation
import ZIPFoundation

extension REFIQDA {
    /// The study as a `.qdpx`: `project.qde` and its texts under `sources/`.
    public static func encodeArchive(_ study: Study) throws -> [UInt8] {
        var writer = ProjectWriter(inlineText: false)
        let project = writer.write(study)
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in [("project.qde", project)] + writer.files {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 modificationDate: Date(timeIntervalSince1970: 1_577_836_800),
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        return [UInt8](archive.data ?? Data())
    }

    /// The study as a bare `.qde`, its texts inline in `<PlainTextContent>`.
    public static func encodeProject(_ study: Study) -> String {
        var writer = ProjectWriter(inlineText: true)
        return writer.write(study)
    }

    /// The taxonomy as a `.qdc` codebook.
    public static func encodeCodebook(_ taxonomy: Taxonomy) -> String {
        var xml = XMLText()
        xml.start("CodeBook", [("xmlns", "urn:QDA-XML:codebook:1.0")])
        var writer = CodebookWriter()
        writer.write(taxonomy, into: &xml)
        xml.end()
        return xml.text
    }
}
