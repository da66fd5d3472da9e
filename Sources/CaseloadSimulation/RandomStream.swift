import CaseloadCore
import CaseloadSearch
import Foundation

/// A seeded stream of random numbers for one thing in one replication (one worker's sickness,
/// one framework's arrivals, one family's course).
///
/// Each thing draws from its own stream, named by the replication's seed and a label, so a
/// variant that removes a worker or adds arrivals leaves every other stream as it was: that is
/// what makes the comparison with the baseline one of common random numbers.
struct RandomStream {
    private var generator: SplitMix64

    /// The stream `label` of the replication seeded `seed`.
    init(seed: UInt64, label: String) {
        // FNV-1a over the label, mixed with the seed: stable across runs and platforms, unlike
        // `Hasher`, which is seeded per process.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in label.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        var mix = SplitMix64(seed: seed ^ hash)
        generator = SplitMix64(seed: mix.next())
    }

    /// Uniform in (0, 1): never 0, so a logarithm of it is finite.
    mutating func uniform() -> Double {
        (Double(generator.next() >> 11) + 0.5) / Double(1 << 53)
    }

    /// Exponential with mean `mean`.
    mutating func exponential(mean: Double) -> Double { -mean * log(uniform()) }

    /// Standard normal (Box–Muller; one of the pair is dropped to keep the stream simple).
    mutating func normal() -> Double {
        let u = uniform()
        let v = uniform()
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
    }

    /// Lognormal with mean `mean` and coefficient of variation `cv`.
    mutating func lognormal(mean: Double, cv: Double) -> Double {
        let sigma2 = log(1 + cv * cv)
        let mu = log(mean) - sigma2 / 2
        return exp(mu + sigma2.squareRoot() * normal())
    }

    /// An index in `0..<count`.
    mutating func index(_ count: Int) -> Int { generator.index(count) }
}
