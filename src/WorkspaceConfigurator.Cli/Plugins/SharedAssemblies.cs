using System.Reflection;
using WorkspaceConfigurator.Profiles;

namespace WorkspaceConfigurator.Cli.Plugins;

/// <summary>
/// The assemblies every plugin shares with the host: the wsconf contract and the built-in families. A plugin
/// always gets the host's copy, so its classes derive from the host's base classes and the registry accepts them.
/// The libraries wsconf is built on (YamlDotNet, the Kubernetes models) are not shared: no public type of the
/// contract exposes them, so a plugin may carry its own version of either.
/// </summary>
internal sealed class SharedAssemblies
{
    private readonly Dictionary<string, Assembly> byName;

    public SharedAssemblies(IEnumerable<Assembly> assemblies) =>
        byName = assemblies.DistinctBy(a => a.GetName().Name).ToDictionary(a => a.GetName().Name!, StringComparer.OrdinalIgnoreCase);

    /// <summary>This wsconf's contract.</summary>
    public static SharedAssemblies FromHost() => new([Contract, typeof(BuiltinProfiles).Assembly]);

    /// <summary>The core contract assembly; its version is the contract's.</summary>
    public static Assembly Contract => typeof(Profile).Assembly;

    public static Version ContractVersion => Contract.GetName().Version ?? new Version(0, 0);

    /// <summary>
    /// The assemblies whose references carry the contract version: the contract, the built-in families, and the name
    /// the contract had before 3.0 (the engine's), so that a plugin built against 2.x is told to rebuild rather than
    /// failing to load its types.
    /// </summary>
    public static IReadOnlyList<string> ContractNames { get; } = [Contract.GetName().Name!, typeof(BuiltinProfiles).Assembly.GetName().Name!, EngineName];

    /// <summary>The engine: the contract's name before 3.0, so only another major version of it means anything.</summary>
    public const string EngineName = "WorkspaceConfigurator";

    public Assembly? Find(string? simpleName) => simpleName is not null && byName.TryGetValue(simpleName, out var assembly) ? assembly : null;

    public bool Contains(string? simpleName) => Find(simpleName) is not null;
}
