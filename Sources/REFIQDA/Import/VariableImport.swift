import CaseModel
import QueryResult

/// `<Variables>` as attributes, by `typeOfVariable`: Text, Date and DateTime → text (ISO dates
/// compare and `contains` as text), Integer and Float → number, Boolean → an enumeration of
/// `true` and `false`.
struct ImportedVariables {
    enum Kind: String {
        case text = "Text", boolean = "Boolean", integer = "Integer", float = "Float", date = "Date",
             dateTime = "DateTime"
    }

    var attributes: [AttributeDefinition] = []
    /// GUID key → (index in `attributes`, the REFI-QDA type).
    var variables: [String: (index: Int, kind: Kind)] = [:]
    var names = NameSpace(reserved: ["name"])

    static func read(_ element: XMLElement?, path: ElementPath, context: ImportContext) -> ImportedVariables {
        var result = ImportedVariables()
        guard let element else { return result }
        for (variable, variablePath) in element.children("Variable", under: path) {
            guard let guid = context.guid(of: variable, path: variablePath),
                  let name = context.required("name", of: variable, path: variablePath),
                  let type = context.required("typeOfVariable", of: variable, path: variablePath) else { continue }
            guard let kind = Kind(rawValue: type) else {
                context.report("typeOfVariable '\(type)' is none of Text, Boolean, Integer, Float, Date, DateTime",
                               at: variable, path: variablePath)
                continue
            }
            if result.variables[guid] != nil {
                context.report("the GUID \(guid) names two variables", at: variable, path: variablePath)
            }
            let id = result.names.id(for: name, guid: guid, fallbackPrefix: "variable")
            let label = result.names.label(name, qualifier: type, ownID: id)
            result.variables[guid] = (result.attributes.count, kind)
            result.attributes.append(AttributeDefinition(
                id: id, labels: Language.localized(label), aliases: [guid], kind: kind.attributeKind,
                description: ImportedCodebook.description(of: variable),
                values: kind == .boolean ? [
                    AttributeValueDefinition(id: "true", labels: LocalizedText(en: "true")),
                    AttributeValueDefinition(id: "false", labels: LocalizedText(en: "false")),
                ] : []))
        }
        return result
    }

    /// One `<VariableValue>`: the attribute id and its value, or nil (with a diagnostic when wrong;
    /// an empty value is simply absent).
    func value(_ element: XMLElement, path: ElementPath, context: ImportContext) -> (String, AttributeValue)? {
        guard let ref = element.child("VariableRef") else {
            context.report("<VariableValue> has no <VariableRef>", at: element, path: path)
            return nil
        }
        let refPath = path.appending("VariableRef")
        guard let key = context.guid(of: ref, path: refPath, attribute: "targetGUID") else { return nil }
        guard let (index, kind) = variables[key] else {
            context.report("no variable has the GUID \(ref.attribute("targetGUID") ?? key)", at: ref, path: refPath)
            return nil
        }
        guard let valueElement = element.children.first(where: { $0.name != "VariableRef" }) else { return nil }
        let valuePath = path.appending(valueElement.name)
        let text = valueElement.text
        let id = attributes[index].id
        switch kind {
        case .text, .date, .dateTime:
            return text.isEmpty ? nil : (id, .text(Language.localized(text)))
        case .integer, .float:
            let trimmed = text.trimmingSpaces
            if trimmed.isEmpty { return nil }
            guard let number = Double(trimmed), number.isFinite, kind == .float || Int(trimmed) != nil else {
                context.report("'\(text)' is not \(kind == .integer ? "an integer" : "a number")",
                               at: valueElement, path: valuePath)
                return nil
            }
            return (id, .number(number))
        case .boolean:
            switch text.trimmingSpaces.lowercased() {
            case "": return nil
            case "true", "1": return (id, .value("true"))
            case "false", "0": return (id, .value("false"))
            default:
                context.report("'\(text)' is not a boolean", at: valueElement, path: valuePath)
                return nil
            }
        }
    }
}

extension ImportedVariables.Kind {
    var attributeKind: AttributeKind {
        switch self {
        case .text, .date, .dateTime: .text
        case .integer, .float: .number
        case .boolean: .enumeration
        }
    }
}
