namespace WorkspaceConfigurator.Spec;

/// <summary>One startup step: the init container that runs it and what it does, in words.</summary>
public sealed record StartupStepSpec(string Container, string Runs);
