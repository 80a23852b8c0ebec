import CaseQL

extension Session {
    /// `tour N` remembers the step it opened; `tour run` runs that step's queries (the first step's
    /// when none was opened), each shown after the prompt as if typed.
    func runTour(_ tour: TourStatement, origin: String) throws(Diagnostic) -> Bool {
        guard tour.run else {
            emit(.document(try interpreter.tourStep(tour.step ?? 1, range: tour.stepRange)))
            tourStep = tour.step
            return true
        }
        let step = tour.step ?? tourStep ?? 1
        let queries = try interpreter.tourQueries(ofStep: step, range: tour.stepRange)
        tourStep = step
        emitText(Localized.text(.tourRunning, settings.language, String(step)) + "\n")
        var ok = true
        for query in queries {
            emitText("\n" + REPL.prompt + query + "\n")
            ok = runStatements(query, origin: origin, lineOffset: 0) && ok
        }
        return ok
    }
}
