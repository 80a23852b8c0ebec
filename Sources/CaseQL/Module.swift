// CaseQL
