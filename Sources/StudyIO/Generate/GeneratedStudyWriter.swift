import CaseModel
/// `caseql generate-study`: a generated study written to standard output.
public enum GeneratedStudyWriter {
    public enum Format: String, Sendable, CaseIterable { case csv, json }

    /// Streams the study to stdout; false when a write failed (a closed pipe, a full disk).
    @discardableResult
    public static func write(cases: Int, seed: UInt64, format: String, taxonomy: Taxonomy,
                             attributes: [AttributeDefinition]) -> Bool {
        let study = StudyGenerator.generate(cases: cases, seed: seed, taxonomy: taxonomy, attributes: attributes)
        var output = ByteOutput(fileDescriptor: 1)
        switch Format(rawValue: format) ?? .csv {
        case .csv: study.writeCSV(to: &output)
        case .json: study.writeJSON(to: &output)
        }
        return !output.failed
    }
}
