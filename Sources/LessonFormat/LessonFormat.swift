// LessonFormat module
