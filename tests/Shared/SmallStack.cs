using System.Runtime.ExceptionServices;

namespace KgExport.Testing;

/// <summary>
/// Runs code on a thread with a 1 MiB stack (the default on Windows; Linux threads get 8 MiB), rethrowing what it
/// throws, so a test shows that the deepest input a depth limit lets through still fits a small thread's stack.
/// </summary>
public static class SmallStack
{
    public const int Bytes = 1 << 20;

    public static T Run<T>(Func<T> work)
    {
        T result = default!;
        ExceptionDispatchInfo? thrown = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
            catch (Exception e)
            {
                thrown = ExceptionDispatchInfo.Capture(e);
            }
        }, Bytes);
        thread.Start();
        thread.Join();
        thrown?.Throw();
        return result;
    }

    public static void Run(Action work) => Run(() =>
    {
        work();
        return 0;
    });
}
