namespace WorkspaceConfigurator.Tests.Robustness;

/// <summary>The scale tests, run on their own: timing them beside the parallel tests would measure the machine's load.</summary>
[CollectionDefinition(ScaleTests.Name, DisableParallelization = true)]
public sealed class ScaleCollection;
