using WorkspaceConfigurator.Contract;
using WorkspaceConfigurator.Profiles.Common;
using WorkspaceConfigurator.Profiles.JupyterLab;

namespace ExampleSite.Profiles;

/// <summary>JupyterLab with one GPU and the CUDA build of PyTorch.</summary>
public sealed class GpuJupyterLab : JupyterLabProfile
{
    public override string Slug => "jupyterlab-gpu";

    protected override void Declare(SettingDefaults settings)
    {
        base.Declare(settings);
        settings.Set(CoreSettings.DisplayName, "GPU JupyterLab");
        settings.Set(CoreSettings.Description, "JupyterLab with PyTorch on a GPU node");
        settings.Set(CoreSettings.Image, "quay.io/jupyter/pytorch-notebook:cuda12-latest");
        settings.Set(CoreSettings.CpuGuarantee, 4);
        settings.Set(CoreSettings.CpuLimit, 8);
        settings.Set(CoreSettings.MemGuarantee, Memory.GiB(16));
        settings.Set(CoreSettings.MemLimit, Memory.GiB(32));
        settings.Set(CoreSettings.GpuLimit, 1);
        settings.Set(WorkspaceSettings.WorkspaceVolumeSize, Quantity.Parse("50Gi"));
    }

    // GPU nodes only while a GPU is requested: --override jupyterlab-gpu:gpu_limit=0 makes it a CPU workspace.
    protected override IEnumerable<KeyValuePair<string, string>> NodeSelectorDefaults(ProfileContext context) =>
        context.Get(CoreSettings.GpuLimit) > 0 ? [new("nvidia.com/gpu.present", "true")] : [];
}
