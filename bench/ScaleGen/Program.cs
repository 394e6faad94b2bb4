using System.Globalization;

// Usage: ScaleGen COUNT OUTPUT_FOLDER REPO_ROOT
// Writes OUTPUT_FOLDER/ScaleProfiles.csproj: a plugin whose public registrar registers COUNT profiles, each an instance
// of one concrete class (its own slug, name and sizes) over a family base class with the usual hooks, so the series
// measures what wsconf does per profile.
if (args.Length != 3 || !int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
{
    Console.Error.WriteLine("usage: ScaleGen COUNT OUTPUT_FOLDER REPO_ROOT");
    return 2;
}

var output = Path.GetFullPath(args[1]);
var src = Path.Combine(Path.GetFullPath(args[2]), "src");
Directory.CreateDirectory(output);

File.WriteAllText(Path.Combine(output, "ScaleProfiles.csproj"), $"""
    <Project Sdk="Microsoft.NET.Sdk">
      <PropertyGroup>
        <TargetFramework>net10.0</TargetFramework>
        <Nullable>enable</Nullable>
        <ImplicitUsings>enable</ImplicitUsings>
        <AssemblyName>ScaleProfiles{count}</AssemblyName>
        <EnableDynamicLoading>true</EnableDynamicLoading>
        <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
        <GenerateDocumentationFile>false</GenerateDocumentationFile>
      </PropertyGroup>
      <ItemGroup>
        <ProjectReference Include="{src}/WorkspaceConfigurator.Contract/WorkspaceConfigurator.Contract.csproj" Private="false" ExcludeAssets="runtime" GlobalPropertiesToRemove="OutputPath;_CommandLineDefinedOutputPath" />
        <ProjectReference Include="{src}/WorkspaceConfigurator.Profiles/WorkspaceConfigurator.Profiles.csproj" Private="false" ExcludeAssets="runtime" GlobalPropertiesToRemove="OutputPath;_CommandLineDefinedOutputPath" />
      </ItemGroup>
    </Project>
    """);

File.WriteAllText(Path.Combine(output, "ScaleFamily.cs"), """
    using WorkspaceConfigurator.Contract;

    namespace Scale.Profiles;

    /// <summary>A family like the built-in ones: a workspace volume, environment, a role binding, a node selector.</summary>
    public abstract class ScaleFamily : Profile
    {
        public override string Family => "Scale";

        protected override void Declare(SettingDefaults settings)
        {
            base.Declare(settings);
            settings.Set(CoreSettings.Image, "ghcr.io/example/scale-workspace:1.0");
            settings.Set(CoreSettings.Groups, ["scale"]);
        }

        protected override IEnumerable<VolumeSpec> Volumes(ProfileContext context) =>
        [
            new()
            {
                Name = "workspace-volume",
                ClaimName = "workspace-claim",
                Size = Quantity.Parse("10Gi"),
                StorageClass = context.Get(CoreSettings.StorageClassRwo),
                AccessModes = ValueList.Of(AccessMode.ReadWriteOnce),
                MountPath = context.Home,
                Persist = true,
            },
        ];

        protected override IEnumerable<KeyValuePair<string, EnvValue>> PodEnvVars(ProfileContext context) =>
        [
            new("HOME", context.Home),
            new("WORKSPACE_PROFILE", context.Slug),
        ];

        protected override IEnumerable<KeyValuePair<string, string>> NodeSelectorDefaults(ProfileContext context) =>
        [
            new("workload", "workspaces"),
        ];

        protected override IEnumerable<RoleBindingSpec> RoleBindings(ProfileContext context) =>
        [
            new()
            {
                Name = $"reader-binding-{context.Slug}",
                Subjects = ValueList.Of(new SubjectSpec { Name = "default", Kind = SubjectKind.ServiceAccount }),
                Role = new RoleSpec
                {
                    Name = $"reader-{context.Slug}",
                    ApiGroups = ValueList.Of(""),
                    Resources = ValueList.Of("pods", "pods/log"),
                    Verbs = ValueList.Of(RoleVerb.Get, RoleVerb.List),
                },
                Persist = false,
            },
        ];
    }
    """);

File.WriteAllText(Path.Combine(output, "ScaleRegistrar.cs"), $$"""
    using WorkspaceConfigurator.Contract;

    namespace Scale.Profiles;

    /// <summary>Registers the {{count}} generated profiles, in order.</summary>
    public sealed class ScaleRegistrar : IProfileRegistrar
    {
        public const int Count = {{count}};

        public void Register(IProfileRegistry registry)
        {
            for (var i = 1; i <= Count; i++)
            {
                registry.Add(new ScaleProfile(i));
            }
        }
    }
    """);

File.WriteAllText(Path.Combine(output, "ScaleProfile.cs"), """
    using System.Globalization;
    using WorkspaceConfigurator.Contract;

    namespace Scale.Profiles;

    /// <summary>One concrete profile class, instantiated once per generated profile with its own slug and sizes.</summary>
    public sealed class ScaleProfile(int index) : ScaleFamily
    {
        private readonly string number = index.ToString("D5", CultureInfo.InvariantCulture);

        public override string Slug => $"scale-{number}";

        protected override void Declare(SettingDefaults settings)
        {
            base.Declare(settings);
            settings.Set(CoreSettings.DisplayName, $"Scale workspace {number}");
            settings.Set(CoreSettings.Description, $"Generated profile {index} of {ScaleRegistrar.Count}");
            settings.Set(CoreSettings.CpuLimit, 1 + (index % 8));
            settings.Set(CoreSettings.MemLimit, Memory.GiB(2 + (index % 16)));
        }
    }
    """);
Console.WriteLine($"wrote {count} profiles to {output}");
return 0;
