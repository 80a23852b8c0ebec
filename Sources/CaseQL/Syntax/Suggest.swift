import CaseModel

typealias Suggestions = CaseModel.Suggestions
