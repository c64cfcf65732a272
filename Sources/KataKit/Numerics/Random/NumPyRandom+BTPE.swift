import Foundation

extension NumPyRandom {
    /// BTPE (Kachitvichyanukul and Schmeiser, 1988) as numpy's `random_binomial_btpe`:
    /// a triangle, two parallelograms and two exponential tails under the mass
    /// function, with a squeeze and Stirling's bound before the exact test. The step
    /// names in the comments are the paper's and numpy's. Called with p ≤ ½.
    mutating func binomialByBTPE(trials n: Int, probability p: Double) -> Int {
        let r = min(p, 1 - p)
        let q = 1 - r
        let fm = Double(n) * r + r
        let m = Int(floor(fm))
        let p1 = floor(2.195 * (Double(n) * r * q).squareRoot() - 4.6 * q) + 0.5
        let xm = Double(m) + 0.5
        let xl = xm - p1
        let xr = xm + p1
        let c = 0.134 + 20.5 / (15.3 + Double(m))
        var a = (fm - xl) / (fm - xl * r)
        let laml = a * (1 + a / 2)
        a = (xr - fm) / (xr * q)
        let lamr = a * (1 + a / 2)
        let p2 = p1 * (1 + 2 * c)
        let p3 = p2 + c / laml
        let p4 = p3 + c / lamr
        let nrq = Double(n) * r * q

        var y: Int
        step10: while true {
            let u = randomSample() * p4
            var v = randomSample()
            if u <= p1 {
                // Step 10: inside the triangle, accept at once.
                y = Int(floor(xm - p1 * v + u))
                break step10
            }
            if u <= p2 {
                // Step 20: the parallelograms.
                let x = xl + (u - p1) / c
                v = v * c + 1 - abs(Double(m) - x + 0.5) / p1
                if v > 1 { continue step10 }
                y = Int(floor(x))
            } else if u <= p3 {
                // Step 30: the left exponential tail.
                if v == 0 { continue step10 }
                y = Int(floor(xl + log(v) / laml))
                if y < 0 { continue step10 }
                v = v * (u - p2) * laml
            } else {
                // Step 40: the right exponential tail.
                if v == 0 { continue step10 }
                y = Int(floor(xr - log(v) / lamr))
                if y > n { continue step10 }
                v = v * (u - p3) * lamr
            }
            // Step 50: near the mode, evaluate f(y)/f(m) by its recurrence.
            let k = abs(y - m)
            if !(k > 20 && Double(k) < nrq / 2 - 1) {
                let s = r / q
                let a = s * Double(n + 1)
                var f = 1.0
                if m < y {
                    for i in (m + 1)...y { f *= a / Double(i) - s }
                } else if m > y {
                    for i in (y + 1)...m { f /= a / Double(i) - s }
                }
                if v > f { continue step10 }
                break step10
            }
            // Step 52: squeeze, then Stirling's bound on log f(y)/f(m).
            let kd = Double(k)
            let rho = (kd / nrq) * ((kd * (kd / 3 + 0.625) + 0.16666666666666666) / nrq + 0.5)
            let t = Double(-k * k) / (2 * nrq)
            let logV = log(v)
            if logV < t - rho { break step10 }
            if logV > t + rho { continue step10 }
            let x1 = Double(y) + 1, f1 = Double(m) + 1
            let z = Double(n) + 1 - Double(m), w = Double(n - y) + 1
            let bound = xm * log(f1 / x1) + (Double(n - m) + 0.5) * log(z / w)
                + Double(y - m) * log(w * r / (x1 * q))
                + stirlingCorrection(f1) + stirlingCorrection(z)
                + stirlingCorrection(x1) + stirlingCorrection(w)
            if logV > bound { continue step10 }
            break step10
        }
        // Step 60.
        return p > 0.5 ? n - y : y
    }

    /// The series term numpy adds for each of the four factorials in Stirling's bound.
    private func stirlingCorrection(_ value: Double) -> Double {
        let square = value * value
        return (13680.0 - (462.0 - (132.0 - (99.0 - 140.0 / square) / square) / square) / square) / value / 166320.0
    }
}
