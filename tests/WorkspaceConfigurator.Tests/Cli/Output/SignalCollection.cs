namespace WorkspaceConfigurator.Tests.Cli.Output;

/// <summary>
/// The signal tests, run on their own: each one times a signal against a slowed-down system call, and beside the
/// parallel tests (the tool pack's native compile, the plugin builds) the run could finish before the signal lands.
/// </summary>
[CollectionDefinition(SignalTests.Name, DisableParallelization = true)]
public sealed class SignalCollection;
