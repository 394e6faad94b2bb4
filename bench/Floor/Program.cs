Console.WriteLine("floor");
