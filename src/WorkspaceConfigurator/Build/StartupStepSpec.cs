namespace WorkspaceConfigurator.Build;

/// <summary>One startup step: the init container that runs it and what it does, in words.</summary>
internal sealed record StartupStepSpec(string Container, string Runs);
