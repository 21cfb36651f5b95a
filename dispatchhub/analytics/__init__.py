"""Reports computed in the database: tasks, staff performance, satisfaction, customers."""
