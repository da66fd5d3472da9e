extension WorkerLoad {
    /// Which limit a worker reaches first: hours, or the caseload norm (families or children).
    /// In a team where the norm binds, a worker at 9 of 9 families is full at 42 % of their
    /// hours, and the dashboard must say so.
    public enum Binding: String, Hashable, Sendable {
        /// Planned against available hours.
        case hours
        /// Families or children against the caseload norm.
        case norm
    }

    /// The larger of families ÷ norm and children ÷ norm, or `nil` when the worker has no norm
    /// (a supporter takes no family as lead or partner).
    public var normUse: Double? {
        let shares = [(cases, maxCases), (children, maxChildren)].compactMap { count, norm in
            norm > 0 ? Double(count) / Double(norm) : nil
        }
        return shares.max()
    }

    /// The limit that binds: the norm when its use is above the hours' utilisation, else hours
    /// (on a tie, hours: the light reads the same either way).
    public var binding: Binding {
        guard let norm = normUse else { return .hours }
        return norm > (utilisation ?? 0) + 1e-9 ? .norm : .hours
    }

    /// The use of the binding limit: the larger of utilisation and norm use.
    public var bindingUse: Double? {
        binding == .norm ? normUse : utilisation
    }

    /// The traffic light on whichever limit binds. On hours as `light`; on the norm a full norm
    /// is green (`vol`) and anything above it red, since the norm allows no overload (rule H4).
    public var bindingLight: Light {
        guard binding == .norm, let norm = normUse else { return light }
        return norm > 1 + 1e-9 ? .red : Light(utilisation: norm)
    }
}
