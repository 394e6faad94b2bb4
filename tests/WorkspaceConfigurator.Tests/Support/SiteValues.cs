using WorkspaceConfigurator.Catalog;
using WorkspaceConfigurator.Engine;
using WorkspaceConfigurator.Layers;
using WorkspaceConfigurator.Layers.ValuesFiles;
using WorkspaceConfigurator.Profiles;
using WorkspaceConfigurator.Tests.Cli;

namespace WorkspaceConfigurator.Tests.Support;

/// <summary>
/// Values files written to a temporary folder, read through the same stages the CLI uses, for tests of the ladder:
/// a catalogue of the built-ins (plus any extra profiles) with the files' data profiles, and plans over it.
/// </summary>
internal sealed class SiteValues : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly List<string> files = [];

    public string Folder => folder.Path;

    /// <summary>Writes a values file (or any file a values file names) and returns its path.</summary>
    public string Write(string name, string text)
    {
        var path = folder.File(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Writes a values file that the catalogue reads, after the ones written before it.</summary>
    public SiteValues Add(string text)
    {
        files.Add(Write($"values-{files.Count + 1}.yaml", text));
        return this;
    }

    public IReadOnlyList<string> Files => files;

    public ProfileCatalog Catalog(params Profile[] extra)
    {
        var registry = new ProfileRegistry();
        registry.RegisterBuiltIn(BuiltinProfiles.Registrars());
        foreach (var profile in extra)
        {
            registry.Add(profile, "test");
        }

        var documents = new List<ValuesDocument>();
        foreach (var file in files)
        {
            documents.Add(ValuesDocumentReader.Read(ValuesYamlReader.ReadFile(file, file, ValuesReadLimits.Default), file, folder.Path));
        }

        return CatalogBuilder.Build(registry, documents);
    }

    /// <summary>One built profile (no checks) with the given command-line layers.</summary>
    public PlannedProfile Profile(string slug, CommandLineLayers? commandLine = null, params Profile[] extra) =>
        Workspace.Plan(Catalog(extra), commandLine ?? CommandLineLayers.None, new Selection([slug]), PlanDepth.Built, traceHooks: true).Profiles.Single();

    /// <summary>wsconf with every values file written so far (-f each), then the given arguments.</summary>
    public CliResult Run(params string[] args)
    {
        var all = new List<string>();
        foreach (var file in files)
        {
            all.Add("-f");
            all.Add(file);
        }

        all.AddRange(args);
        return CliRunner.Run([.. all]);
    }

    public void Dispose() => folder.Dispose();
}
