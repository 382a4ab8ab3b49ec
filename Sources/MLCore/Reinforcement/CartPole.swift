import Foundation

/// The cart-pole balancing task of Barto, Sutton and Anderson (1983), with the constants and
/// equations of Gym's `CartPole-v1`.
///
/// A pole is hinged on a cart that runs on a frictionless track. Each step the agent pushes the
/// cart left (action 0) or right (action 1) with a force of 10 N; the physics advances 0.02 s by
/// explicit Euler integration. The observation is (x, ẋ, θ, θ̇): cart position and velocity, pole
/// angle from upright (radians) and angular velocity. The reward is 1 for every step, including
/// the last; the episode terminates when |θ| > 12° or |x| > 2.4, and is truncated after
/// `maxSteps` (Gym: 500). Each episode starts from the four values drawn uniformly from
/// [−0.05, 0.05], from the environment's own seeded generator.
///
/// The equations of motion (the pole's mass m_p, half-length l, cart mass m_c, M = m_c + m_p):
///
///     a   = (F + m_p l θ̇² sin θ) / M
///     θ̈  = (g sin θ − a cos θ) / (l (4/3 − m_p cos² θ / M))
///     ẍ   = a − m_p l θ̈ cos θ / M
public final class CartPole: Environment, CustomStringConvertible {
    public static let gravity = 9.8
    public static let cartMass = 1.0
    public static let poleMass = 0.1
    /// Half the pole's length (m), as in the original equations.
    public static let poleHalfLength = 0.5
    public static let forceMagnitude = 10.0
    /// Seconds per step.
    public static let timeStep = 0.02
    /// |θ| beyond which the pole counts as fallen: 12°.
    public static let angleLimit = 12 * 2 * Double.pi / 360
    /// |x| beyond which the cart has left the track.
    public static let positionLimit = 2.4

    public let maxSteps: Int
    public let seed: Int
    /// The cart's position x (m).
    public private(set) var position = 0.0
    /// The cart's velocity ẋ (m/s).
    public private(set) var velocity = 0.0
    /// The pole's angle θ from upright (rad), positive to the right.
    public private(set) var angle = 0.0
    /// The pole's angular velocity θ̇ (rad/s).
    public private(set) var angularVelocity = 0.0
    /// Steps taken in the current episode.
    public var steps: Int { clock.steps }
    private var generator: RandomGenerator
    private var clock: EpisodeClock

    public init(maxSteps: Int = 500, seed: Int = 0) throws {
        try requireStepLimit(maxSteps, in: "CartPole")
        self.maxSteps = maxSteps
        self.seed = seed
        generator = RandomGenerator(seed: seed)
        clock = EpisodeClock(maxSteps: maxSteps, running: false)
    }

    public var observationSize: Int { 4 }
    public var actionCount: Int { 2 }

    /// (x, ẋ, θ, θ̇).
    public var observation: [Double] { [position, velocity, angle, angularVelocity] }

    public func reset() -> [Double] {
        position = generator.uniform(-0.05, 0.05)
        velocity = generator.uniform(-0.05, 0.05)
        angle = generator.uniform(-0.05, 0.05)
        angularVelocity = generator.uniform(-0.05, 0.05)
        clock.start()
        return observation
    }

    /// Starts an episode from a chosen (x, ẋ, θ, θ̇) instead of a random one: for following the
    /// physics by hand, or for testing a policy from a hard start.
    @discardableResult
    public func reset(to observation: [Double]) throws -> [Double] {
        try require(observation.count == 4 && observation.allSatisfy(\.isFinite),
                    "CartPole.reset(to:) takes 4 finite values (x, ẋ, θ, θ̇), got \(observation)")
        position = observation[0]
        velocity = observation[1]
        angle = observation[2]
        angularVelocity = observation[3]
        clock.start()
        return self.observation
    }

    public func step(_ action: Int) throws -> Transition {
        try requireAction(action, count: actionCount, in: "CartPole")
        try clock.requireRunning("CartPole")
        let force = action == 1 ? CartPole.forceMagnitude : -CartPole.forceMagnitude
        let totalMass = CartPole.cartMass + CartPole.poleMass
        let poleMoment = CartPole.poleMass * CartPole.poleHalfLength
        let cosine = cos(angle), sine = sin(angle)
        let a = (force + poleMoment * angularVelocity * angularVelocity * sine) / totalMass
        let angularAcceleration = (CartPole.gravity * sine - cosine * a)
            / (CartPole.poleHalfLength * (4.0 / 3.0 - CartPole.poleMass * cosine * cosine / totalMass))
        let acceleration = a - poleMoment * angularAcceleration * cosine / totalMass
        let dt = CartPole.timeStep
        position += dt * velocity
        velocity += dt * acceleration
        angle += dt * angularVelocity
        angularVelocity += dt * angularAcceleration
        let terminated = abs(position) > CartPole.positionLimit || abs(angle) > CartPole.angleLimit
        let truncated = clock.tick(terminated: terminated)
        return Transition(observation: observation, reward: 1, terminated: terminated, truncated: truncated)
    }

    public var description: String {
        "CartPole(x: \(position), ẋ: \(velocity), θ: \(angle), θ̇: \(angularVelocity))"
    }
}
