import MLCore

/// Native calls and the cell's budget: every call into MLCore ends with a look at the budget, so
/// a limit reached inside native code (a product cut short, a `backward()` stopped part-way)
/// or between native calls (a loop of tensor operations filling memory) is reported at once.
/// Budget errors are the cell's runtime failures, not errors lesson code may catch.
func checkingBudget(_ body: () throws -> Value?) throws -> Value? {
    do {
        let result = try body()
        try Budget.checkCurrent()
        return result
    } catch let e as BudgetExceeded {
        throw UnlocatedError(e.message)
    }
}
