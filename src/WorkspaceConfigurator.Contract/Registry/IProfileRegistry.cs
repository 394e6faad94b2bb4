namespace WorkspaceConfigurator.Contract;

/// <summary>What a registrar sees: a place to add concrete profiles.</summary>
public interface IProfileRegistry
{
    void Add(Profile profile);
}
