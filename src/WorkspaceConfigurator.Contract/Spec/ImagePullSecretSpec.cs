namespace WorkspaceConfigurator.Contract;

/// <summary>
/// An image pull secret. <see cref="Data"/> is the base64 of a .dockerconfigjson, supplied at run time, never
/// written in profile code; null means another object (e.g. a manifest) creates the Secret.
/// </summary>
public sealed record ImagePullSecretSpec : ISpecRecord
{
    public required string Name { get; init; }

    public required bool Persist { get; init; }

    public string? Data { get; init; }

    // Secret material never reaches logs, errors or describe.
    public override string ToString() => $"{Name} (data {(Data is null ? "none" : "present")})";
}
