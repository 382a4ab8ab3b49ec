// Value types (struct) and reference types (class) side by side.
struct WeightsValue {
    var w: [Double]
}
class WeightsReference {
    var w: [Double]
    init(w: [Double]) { self.w = w }
}

var v1 = WeightsValue(w: [1, 2])
var v2 = v1
v2.w[0] = 99
print("struct:", v1.w, v2.w)

let r1 = WeightsReference(w: [1, 2])
let r2 = r1
r2.w[0] = 99
print("class:", r1.w, r2.w, r1 === r2)

// A function receives a copy of a struct but a reference to an object.
func resetValue(_ x: WeightsValue) -> WeightsValue {
    var copy = x
    copy.w = [0, 0]
    return copy
}
func resetReference(_ x: WeightsReference) {
    x.w = [0, 0]
}
let reset = resetValue(v1)
resetReference(r1)
print(v1.w, reset.w, r1.w, r2.w)

// Arrays of structs copy their elements; arrays of objects share them.
var values = [WeightsValue(w: [1]), WeightsValue(w: [2])]
var valuesCopy = values
valuesCopy[0].w[0] = -1
print(values[0].w, valuesCopy[0].w)

let objects = [WeightsReference(w: [1]), WeightsReference(w: [2])]
let objectsCopy = objects
objectsCopy[0].w[0] = -1
print(objects[0].w, objectsCopy[0].w)

// A closure capturing an object sees later changes to it.
let shared = WeightsReference(w: [5])
let readFirst = { shared.w[0] }
shared.w[0] = 6
print(readFirst())

// A `let` struct cannot change, but a `let` reference's object can.
let fixedObject = WeightsReference(w: [1, 1])
fixedObject.w.append(1)
print(fixedObject.w.count)

// Strings and dictionaries are values too.
var s1 = "abc"
var s2 = s1
s2 += "d"
var d1 = ["k": 1]
var d2 = d1
d2["k"] = 2
print(s1, s2, d1["k"] ?? 0, d2["k"] ?? 0)
