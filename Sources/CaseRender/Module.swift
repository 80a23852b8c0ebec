// CaseRender
