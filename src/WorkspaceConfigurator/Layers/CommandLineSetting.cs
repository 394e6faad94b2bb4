namespace WorkspaceConfigurator.Layers;

/// <summary>A global command-line option for every selected profile: <c>--groups a</c>, <c>--image x</c>, or its environment variable.</summary>
/// <param name="Given">The option as given, e.g. <c>--image x</c> or <c>env WSCONF_GROUPS=a</c>: its origin and the prefix of its errors.</param>
internal sealed record CommandLineSetting(string Field, string Value, string Given);
