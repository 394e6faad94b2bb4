using System.Reflection;

namespace WorkspaceConfigurator.Cli.Plugins;

/// <summary>What a .dll's metadata says, read without loading it (see <see cref="AssemblyInspector"/>).</summary>
internal sealed record AssemblyFacts(
    string Path,
    AssemblyName Name,
    string? TargetFramework,
    IReadOnlyList<AssemblyName> References,
    bool DeclaresRegistrar,
    string Culture = "")
{
    /// <summary>A satellite (resources of one culture) is never a plugin.</summary>
    public bool IsSatellite => Culture.Length > 0;

    public AssemblyName? Reference(string simpleName) =>
        References.FirstOrDefault(r => string.Equals(r.Name, simpleName, StringComparison.OrdinalIgnoreCase));
}
