using WorkspaceConfigurator.Hub;
using WorkspaceConfigurator.Layers.ValuesFiles;

namespace WorkspaceConfigurator.Layers.HubFiles;

/// <summary>
/// The hub settings wsconf ships: <c>kubespawner</c> (KubeSpawner 7's defaults) and <c>eoepca</c> (the hub
/// configuration of application-hub-context 1.5.2). Each is a hub file embedded in the assembly, read only when a
/// command asks for it by name.
/// </summary>
internal static class HubPresets
{
    public const string KubeSpawner = HubSettings.DefaultsPreset;

    public const string Eoepca = "eoepca";

    public static IReadOnlyList<string> Names { get; } = [KubeSpawner, Eoepca];

    public static bool IsPreset(string name) => name is KubeSpawner or Eoepca;

    /// <summary>The preset's settings; <paramref name="name"/> must be one of <see cref="Names"/>.</summary>
    public static HubSettings Load(string name)
    {
        if (!IsPreset(name))
        {
            throw new ArgumentException($"no hub preset '{name}'", nameof(name));
        }

        return HubSettingsReader.Read(ValuesYamlReader.Read(Text(name), Label(name), ValuesReadLimits.Default), Label(name), HubSettings.Defaults with { Source = name }) with { Source = name };
    }

    /// <summary>The preset's file as shipped (what <c>--hub NAME</c> reads).</summary>
    public static string Text(string name)
    {
        using var stream = typeof(HubPresets).Assembly.GetManifestResourceStream($"hub/{name}.yaml")
            ?? throw new InvalidOperationException($"the hub preset '{name}' is missing from {typeof(HubPresets).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    // The name in messages about a preset: it has no path of its own.
    private static string Label(string name) => $"hub preset {name}";
}
