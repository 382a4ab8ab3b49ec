/// Compile-time scopes: map names to slots while a cell is lowered.
///
/// Each function (and the cell's top level) gets a `FunctionScope` whose slots become one
/// `Frame` at run time; nested blocks share the frame but hide their names when they end.
final class FunctionScope {
    struct Local {
        let slot: Int
        var type: TypeSpec?
        /// A `let` constant (or a parameter): assigning to it is an error.
        var isLet = false
    }

    /// A loop or switch that `break`/`continue` may target.
    struct Target {
        let label: String?
        let id: Int
        let isLoop: Bool
    }

    let parent: FunctionScope?
    /// The cell's top level: names declared in its outermost block are globals.
    let isTopLevel: Bool
    var blocks: [[String: Local]] = [[:]]
    var slotCount = 0
    var targets: [Target] = []
    /// The type whose members are in scope (methods, initialisers, computed properties).
    var selfType: TypeInfo?
    var selfSlot: Int?
    var isStatic = false
    var returnType: TypeSpec?
    /// A loop body given its own frame per iteration (so closures capture that iteration's
    /// variables, as in Swift); `return` passes through it to the function's frame.
    var isBlockScope = false
    /// Inside an initialiser `let` properties of `self` may be assigned.
    var isInitializer = false

    init(parent: FunctionScope?, isTopLevel: Bool = false) {
        self.parent = parent
        self.isTopLevel = isTopLevel
    }

    var atGlobalLevel: Bool { isTopLevel && blocks.count == 1 }

    func newSlot() -> Int { slotCount += 1; return slotCount - 1 }

    @discardableResult
    func declare(_ name: String, type: TypeSpec?, isLet: Bool = false) -> Int {
        let slot = newSlot()
        blocks[blocks.count - 1][name] = Local(slot: slot, type: type, isLet: isLet)
        return slot
    }

    func lookupHere(_ name: String) -> Local? {
        for b in blocks.reversed() { if let l = b[name] { return l } }
        return nil
    }
}
