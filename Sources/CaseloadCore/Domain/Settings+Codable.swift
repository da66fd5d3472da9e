extension Settings {
    /// The settings' keys as scenarios, the database and stored plans spell them: the one list
    /// every reader and writer of settings goes by.
    public enum Key: String, CodingKey, CaseIterable, Sendable {
        case fteHours = "fte_hours"
        case caseworkShare = "casework_share"
        case maxCasesPerFTE = "max_cases_per_fte"
        case maxChildrenPerFTE = "max_children_per_fte"
        case overloadAllowed = "overload_allowed"
        case duoAcrossOrganisations = "duo_across_organisations"
        case duoSplit = "duo_split"
        case rampUp = "ramp_up"
        case weights
        case maxVoluntaryHandovers = "max_voluntary_handovers"
        case standInMaxWeeks = "stand_in_max_weeks"
    }
}

/// Settings read with a key missing keep that key's default (a database written before the key
/// existed); a key present with a value of the wrong kind is an error, never a default.
extension Settings: Codable {
    /// Reads settings by `Key`.
    public init(from decoder: any Decoder) throws {
        self.init()
        let c = try decoder.container(keyedBy: Key.self)
        fteHours = try c.decodeIfPresent(Double.self, forKey: .fteHours) ?? fteHours
        caseworkShare = try c.decodeIfPresent(Double.self, forKey: .caseworkShare) ?? caseworkShare
        maxCasesPerFTE = try c.decodeIfPresent(Double.self, forKey: .maxCasesPerFTE) ?? maxCasesPerFTE
        maxChildrenPerFTE = try c.decodeIfPresent(Double.self, forKey: .maxChildrenPerFTE) ?? maxChildrenPerFTE
        overloadAllowed = try c.decodeIfPresent(Double.self, forKey: .overloadAllowed) ?? overloadAllowed
        duoAcrossOrganisations = try c.decodeIfPresent(Bool.self, forKey: .duoAcrossOrganisations) ?? duoAcrossOrganisations
        duoSplit = try c.decodeIfPresent(Double.self, forKey: .duoSplit) ?? duoSplit
        rampUp = try c.decodeIfPresent([RampUpStep].self, forKey: .rampUp) ?? rampUp
        weights = try c.decodeIfPresent(Weights.self, forKey: .weights) ?? weights
        maxVoluntaryHandovers = try c.decodeIfPresent(Int.self, forKey: .maxVoluntaryHandovers) ?? maxVoluntaryHandovers
        standInMaxWeeks = try c.decodeIfPresent(Int.self, forKey: .standInMaxWeeks) ?? standInMaxWeeks
    }

    /// Writes every key.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(fteHours, forKey: .fteHours)
        try c.encode(caseworkShare, forKey: .caseworkShare)
        try c.encode(maxCasesPerFTE, forKey: .maxCasesPerFTE)
        try c.encode(maxChildrenPerFTE, forKey: .maxChildrenPerFTE)
        try c.encode(overloadAllowed, forKey: .overloadAllowed)
        try c.encode(duoAcrossOrganisations, forKey: .duoAcrossOrganisations)
        try c.encode(duoSplit, forKey: .duoSplit)
        try c.encode(rampUp, forKey: .rampUp)
        try c.encode(weights, forKey: .weights)
        try c.encode(maxVoluntaryHandovers, forKey: .maxVoluntaryHandovers)
        try c.encode(standInMaxWeeks, forKey: .standInMaxWeeks)
    }
}

extension Settings.Weights: Codable {
    /// The weights' keys, as settings and `--weight K=V` spell them.
    public enum Key: String, CodingKey, CaseIterable, Sendable {
        case waiting, handover, undelegated, balance
    }

    /// Reads weights by `Key`; a missing one keeps its default.
    public init(from decoder: any Decoder) throws {
        self.init()
        let c = try decoder.container(keyedBy: Key.self)
        for key in Key.allCases {
            if let value = try c.decodeIfPresent(Double.self, forKey: key) { self[key] = value }
        }
    }

    /// Writes every weight.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        for key in Key.allCases { try c.encode(self[key], forKey: key) }
    }

    /// The weight of `key`.
    public subscript(key: Key) -> Double {
        get {
            switch key {
            case .waiting: waiting
            case .handover: handover
            case .undelegated: undelegated
            case .balance: balance
            }
        }
        set {
            switch key {
            case .waiting: waiting = newValue
            case .handover: handover = newValue
            case .undelegated: undelegated = newValue
            case .balance: balance = newValue
            }
        }
    }
}
