// Triggers each Swift runtime trap a learner can meet, by number: the messages it prints
// (swiftc -Onone runtime-traps.swift -o traps; SWIFT_BACKTRACE=enable=no ./traps N) are
// the samples in Tests/DriverTests/OutputParsingTests.swift, from Swift 6.3.1.
let which = Int(CommandLine.arguments[1])!
let n = CommandLine.arguments.count - 2  // 0, so the optimiser cannot see the traps coming
var a: [Int] = []
switch which {
case 0: _ = a[n + 1]
case 1: for _ in 1...n {}
case 2: _ = [1, 2][0..<(n + 5)]
case 3: let x: Int? = nil; _ = x! + n
case 4: _ = 1 / n
case 5: _ = Int.min / (n - 1)
case 6: _ = Int.max + (n + 1)
case 7: _ = Int(Double.nan + Double(n))
case 8: _ = Int(1e300 + Double(n))
case 9: _ = Int8(300 + n)
case 10: _ = UInt(-1 + n)
case 11: _ = Array(repeating: 0, count: n - 1)
case 12: a.removeLast()
case 13: a.removeFirst()
case 14: let v: Any = n; _ = v as! String
case 15: let k = n; _ = [k: 1, 0: 2]
case 16: let s = "ab"; _ = s[s.index(s.startIndex, offsetBy: 3 + n)]
default: break
}
