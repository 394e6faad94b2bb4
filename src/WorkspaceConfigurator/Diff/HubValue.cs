namespace WorkspaceConfigurator.Diff;

/// <summary>
/// A value of a config.yml as the comparison sees it, whichever side it came from: no marks, no quoting, value
/// equality all the way down, so two files that mean the same thing compare equal however they were written.
/// </summary>
internal abstract record HubValue;
