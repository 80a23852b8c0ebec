// CaseShell
