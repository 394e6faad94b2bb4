namespace WorkspaceConfigurator.Contract;

public interface IProfileRegistry
{
    void Add(object profile);
}

public interface IProfileRegistrar
{
    void Register(IProfileRegistry registry);
}
