import CaseModel
import SystemIO
/// `caseql generate-study`: a generated study written to standard output.
public enum GeneratedStudyWriter {
    public enum Format: String, Sendable, CaseIterable { case csv, json }

    /// Streams the study to stdout; the failed write (a closed pipe, a full disk), if one failed.
    @discardableResult
    public static func write(cases: Int, seed: UInt64, format: String, taxonomy: Taxonomy,
                             attributes: [AttributeDefinition]) -> FileWriteError? {
        let study = StudyGenerator.generate(cases: cases, seed: seed, taxonomy: taxonomy, attributes: attributes)
        var output = ByteOutput(fileDescriptor: 1)
        switch Format(rawValue: format) ?? .csv {
        case .csv: study.writeCSV(to: &output)
        case .json: study.writeJSON(to: &output)
        }
        output.flush()
        return output.failure
    }
}
