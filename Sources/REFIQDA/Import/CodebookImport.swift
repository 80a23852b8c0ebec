import CaseModel

/// What a `<Code>` became: a category, or a dimension (a top-level code with children).
struct CodeTarget: Sendable {
    var dimension: Int
    /// Nil for the dimension itself.
    var category: String?
}

/// The `<CodeBook>` as a taxonomy: top-level codes with children are dimensions, their descendants
/// categories; top-level codes without children are the categories of a dimension `codes`.
/// `isCodable="false"` codes stay as grouping nodes (caseql codes a case for any node).
struct ImportedCodebook {
    var taxonomy = Taxonomy(dimensions: [])
    /// GUID key → what the code became.
    var codes: [String: CodeTarget] = [:]
    /// Notes referenced from codes: note GUID key → the code's name, for the note's text.
    var noteRefs: [(note: String, code: String, element: XMLElement, path: ElementPath)] = []
    private var names = NameSpace()

    /// The category a coding with `target` counts for. A coding on a dimension's own code gets a
    /// category `<dimension>_general` in that dimension, made on first use.
    mutating func category(for target: CodeTarget) -> String {
        if let category = target.category { return category }
        let dimension = taxonomy.dimensions[target.dimension]
        let id = dimension.id + "_general"
        if !dimension.categories.contains(where: { $0.id == id }) {
            let label = dimension.labels.text(in: .en) + " (general)"
            _ = names.claim(id)
            let category = Category(id: id, labels: Language.localized(names.label(label, qualifier: "")),
                                    definition: LocalizedText(en: "Passages coded with the code '\(dimension.labels.text(in: .en))' itself."))
            taxonomy.dimensions[target.dimension].categories.insert(category, at: 0)
        }
        return id
    }

    static func read(_ codebook: XMLElement?, path: ElementPath, context: ImportContext) -> ImportedCodebook {
        var result = ImportedCodebook()
        guard let codebook else { return result }
        let codesPath = path.appending("Codes")
        guard let codes = codebook.child("Codes") else {
            context.report("<CodeBook> has no <Codes>", at: codebook, path: path)
            return result
        }
        var loose: [Category] = []
        let looseIndex = -1
        for (code, codePath) in codes.children("Code", under: codesPath) {
            guard let guid = context.guid(of: code, path: codePath) else { continue }
            let name = code.attribute("name") ?? ""
            if code.children.contains(where: { $0.name == "Code" }) {
                let d = result.taxonomy.dimensions.count
                let id = result.names.id(for: name, guid: guid, fallbackPrefix: "dimension")
                let label = result.names.label(name.isEmpty ? id : name, qualifier: "", ownID: id)
                result.register(guid, CodeTarget(dimension: d, category: nil), code: code, path: codePath, context: context)
                result.taxonomy.dimensions.append(Dimension(id: id, labels: Language.localized(label), aliases: [guid],
                                                            definition: description(of: code)))
                let children = result.children(of: code, path: codePath, parentName: name, dimension: d,
                                               depth: 1, context: context)
                result.taxonomy.dimensions[d].categories = children
            } else if let category = result.category(code, path: codePath, guid: guid, parentName: "",
                                                     dimension: looseIndex, depth: 1, context: context) {
                loose.append(category)
            }
        }
        if !loose.isEmpty {
            let d = result.taxonomy.dimensions.count
            let id = result.names.id(for: "codes", guid: nil, fallbackPrefix: "codes")
            let label = result.names.label("Codes", qualifier: "", ownID: id)
            // The GUID an export writes for this dimension, so a second import gives the same taxonomy.
            result.taxonomy.dimensions.append(Dimension(
                id: id, labels: LocalizedText(en: label), aliases: [GUID.derived(from: "dimension:" + id)],
                categories: loose))
            for (key, target) in result.codes where target.dimension == looseIndex {
                result.codes[key] = CodeTarget(dimension: d, category: target.category)
            }
        }
        return result
    }

    private mutating func children(of code: XMLElement, path: ElementPath, parentName: String, dimension: Int,
                                   depth: Int, context: ImportContext) -> [Category] {
        var result: [Category] = []
        for (child, childPath) in code.children("Code", under: path) {
            guard let guid = context.guid(of: child, path: childPath) else { continue }
            if let category = category(child, path: childPath, guid: guid, parentName: parentName,
                                       dimension: dimension, depth: depth, context: context) {
                result.append(category)
            }
        }
        return result
    }

    private mutating func category(_ code: XMLElement, path: ElementPath, guid: String, parentName: String,
                                   dimension: Int, depth: Int, context: ImportContext) -> Category? {
        guard depth <= ImportedCodebook.depthLimit else {
            context.report("codes nested deeper than \(ImportedCodebook.depthLimit) levels", at: code, path: path)
            return nil
        }
        let name = code.attribute("name") ?? ""
        let id = names.id(for: name, guid: guid, fallbackPrefix: "code")
        let label = names.label(name.isEmpty ? id : name, qualifier: parentName, ownID: id)
        register(guid, CodeTarget(dimension: dimension, category: id), code: code, path: path, context: context)
        let children = children(of: code, path: path, parentName: name, dimension: dimension, depth: depth + 1,
                                context: context)
        return Category(id: id, labels: Language.localized(label), aliases: [guid],
                        definition: ImportedCodebook.description(of: code), children: children)
    }

    /// caseql's category trees are at most this deep (the study format's limit).
    static let depthLimit = 32

    private mutating func register(_ guid: String, _ target: CodeTarget, code: XMLElement, path: ElementPath,
                                   context: ImportContext) {
        if codes[guid] != nil {
            context.report("the GUID \(guid) names two codes", at: code, path: path)
        }
        codes[guid] = target
        if let value = code.attribute("isCodable"), value != "true", value != "false", value != "1", value != "0" {
            context.report("isCodable '\(value)' is not a boolean", at: code, path: path)
        }
        for (ref, refPath) in code.children("NoteRef", under: path) {
            if let note = context.guid(of: ref, path: refPath, attribute: "targetGUID") {
                noteRefs.append((note, code.attribute("name") ?? guid, ref, refPath))
            }
        }
        for child in code.children where !["Code", "NoteRef", "Description"].contains(child.name) {
            context.ignore(child.name)
        }
    }

    static func description(of element: XMLElement) -> LocalizedText {
        guard let text = element.child("Description")?.text, !text.isEmpty else { return LocalizedText() }
        return Language.localized(text)
    }
}
