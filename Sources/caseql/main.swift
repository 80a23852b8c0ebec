print("caseql")
